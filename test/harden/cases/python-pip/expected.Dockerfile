FROM python:3.11 AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

# Runtime: slim: the Python 3.11 interpreter and its libraries; smaller than the full image, still with a shell (same Python 3.11 as the builder).
# Note: python:3.11-slim instead of a distroless image: distroless Python 3.11 is Debian 12's, whose C library
#   is older than the builder's Debian 13 (the image's default); packages compiled there may need symbols it
#   lacks. Build on python:3.11-slim-bookworm to use it.
FROM python:3.11-slim AS runtime
WORKDIR /srv/app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /srv/app /srv/app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
EXPOSE 8000
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
USER 10001:10001
ENTRYPOINT ["python", "-m", "gunicorn", "--bind", "0.0.0.0:8000", "wsgi:app"]
