FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

# Runtime: distroless: a Java 21 runtime (JRE) only; no shell or package manager, runs as nonroot (Java 21, the builder's JDK).
FROM gcr.io/distroless/java21-debian12:nonroot AS runtime
COPY --from=build /build/target/app.jar /build/target/app.jar
EXPOSE 8080
ENTRYPOINT ["/usr/bin/java", "-jar", "/build/target/app.jar"]
