FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app --no-restore
WORKDIR /app

# Runtime: Ubuntu chiseled: the ASP.NET Core 8.0 runtime; no shell or package manager, runs as nonroot (same .NET 8.0 as the builder).
FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /app /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/Api.dll"]
