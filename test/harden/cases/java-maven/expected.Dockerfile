FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

# Runtime: distroless: a JRE only; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/java21-debian12:nonroot AS runtime
COPY --from=build /build/target/app.jar /build/target/app.jar
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["/usr/bin/java", "-jar", "/build/target/app.jar"]
