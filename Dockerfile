# TeachingFile web server with its DICOM Storage SCP. Build context: the repository root.
# NOTE: written for docker-compose.yml but never built here, because no Docker engine runs on
# the development machines; check it on a machine with Docker before relying on it.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/TeachingFile.Web/TeachingFile.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The data root (instance store, index, spool, site secret) lives on a volume.
ENV Storage__Root=/data \
    Urls=http://0.0.0.0:8080 \
    Dicom__BindAddress=0.0.0.0 \
    Dicom__Port=11112
RUN mkdir /data && chown app:app /data
USER app
VOLUME /data
EXPOSE 8080 11112
ENTRYPOINT ["dotnet", "TeachingFile.Web.dll"]
