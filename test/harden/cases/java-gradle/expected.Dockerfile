FROM gradle:8-jdk17 AS build
WORKDIR /home/gradle/project
COPY . .
RUN ./gradlew bootJar --no-daemon

# Runtime: distroless: a Java 17 runtime (JRE) only; no shell or package manager, runs as nonroot (Java 17, the builder's JDK).
FROM gcr.io/distroless/java17-debian12:nonroot AS runtime
COPY --from=build /home/gradle/project/build/libs/service.jar /home/gradle/project/build/libs/service.jar
EXPOSE 8080
ENTRYPOINT ["/usr/bin/java", "-jar", "/home/gradle/project/build/libs/service.jar"]
