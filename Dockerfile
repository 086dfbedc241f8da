# Clean Care Bangladesh: a multi-stage image. The build runs the same Maven wrapper as bin/test;
# the runtime is a JRE with curl (for the health check), running as an unprivileged user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/cleancare.jar /cleancare.jar

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app --shell /usr/sbin/nologin cleancare \
    && mkdir -p /app/media && chown cleancare /app/media
WORKDIR /app
COPY --from=build /cleancare.jar /app/cleancare.jar
USER cleancare
ENV PORT=8080 MEDIA_ROOT=/app/media FORWARD_HEADERS_STRATEGY=native \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:${PORT}/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/cleancare.jar"]
