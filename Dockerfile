# syntax=docker/dockerfile:1

# Build the executable jar (the tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
 && cp target/transformation-governance-*.jar /src/app.jar

# Run it as an unprivileged user.
FROM eclipse-temurin:17-jre
# curl for the health check: the JRE image does not have it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system tgov \
 && useradd --system --gid tgov --home-dir /app --shell /usr/sbin/nologin tgov \
 && mkdir -p /app/data \
 && chown tgov:tgov /app/data
WORKDIR /app
COPY --from=build /src/app.jar /tmp/app.jar
# Start-up: the jar extracted (classes read from plain jars, not from inside the fat jar) and a class
# data sharing archive written by a training run on the embedded database that stops once the
# context has refreshed. The benchmark measures the difference (README, "Benchmark"). The archive is
# made here, by the JVM that runs it; a JVM that cannot use it says so and starts without it.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/extracted \
 && cd /tmp \
 && java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/extracted/app.jar \
 && rm -rf /tmp/app.jar /tmp/data
USER tgov
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/extracted/app.jar"]
