package bd.gov.cleancare.open311.web;

import java.util.List;

/**
 * A GeoReport v2 body as the spec draws it in XML. JSON follows by the spec's Spark convention:
 * a group is an object, a repeated element an array, a field a value.
 */
sealed interface Node {

    String name();

    /** {@code <name>value</name>}; a null value is an empty element in XML, null in JSON. */
    record Field(String name, Object value) implements Node {
    }

    /** {@code <name>children…</name>}, a JSON object. */
    record Group(String name, List<Node> children) implements Node {

        Group(String name, Node... children) {
            this(name, List.of(children));
        }
    }

    /** {@code <name><item/><item/></name>}, a JSON array of the items. */
    record Repeated(String name, List<? extends Node> items) implements Node {
    }
}
