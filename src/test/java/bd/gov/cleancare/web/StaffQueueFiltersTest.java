package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffQueueFiltersTest {

    @Test
    void the_pager_keeps_the_filters_that_were_given_and_drops_the_empty_ones() {
        var filters = new StaffConsole.QueueFilters("submitted", "", "high", "12", "road 5 & lane", null, null);
        assertThat(filters.link(2)).isEqualTo("/staff?status=submitted&priority=high&ward=12&search=road%205%20%26%20lane&page=2");
    }

    @Test
    void without_filters_the_pager_only_names_the_page() {
        assertThat(new StaffConsole.QueueFilters(null, null, null, null, null, null, null).link(3)).isEqualTo("/staff?page=3");
    }
}
