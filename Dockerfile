# syntax=docker/dockerfile:1
# The service image: built with the Maven wrapper on a JDK 21, run on a JRE 21 as a non-root user.
# Not built or run in this project's own checks (no Docker engine there); see the README.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# the tests run in scripts/test, against real services; the image build only packages the jar
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl bootstrap -am -DskipTests package \
    && cp bootstrap/target/market-data-manager.jar /market-data-manager.jar

FROM eclipse-temurin:21-jre
# curl for the health check only
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app --create-home mdm
WORKDIR /app
COPY --from=build --chown=mdm:mdm /market-data-manager.jar /app/market-data-manager.jar
USER mdm
ENV API_PORT=8000 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${API_PORT}/health/liveness" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/market-data-manager.jar"]
CMD ["serve"]
