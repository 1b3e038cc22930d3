# syntax=docker/dockerfile:1
# The base image, pinned by digest: a rebuild gets the same Python and Debian until the
# digest is bumped on purpose (README, Operations: "Updating the base image").
# The digest is python:3.11-slim as pinned by public Dockerfiles; it was NOT checked
# against Docker Hub, which is unreachable from where this file was written. Verify it
# (and take the current one) with: docker buildx imagetools inspect python:3.11-slim
ARG PYTHON_IMAGE=python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

# Dependencies, exactly as locked (versions and hashes): this layer is rebuilt only when
# requirements.lock changes, not when the code or the README does.
FROM ${PYTHON_IMAGE} AS dependencies
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY requirements.lock /tmp/
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock

# The bot's own wheel, built with locked build tools that stay in this stage.
FROM ${PYTHON_IMAGE} AS wheel
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY requirements-build.lock /tmp/
RUN pip install --require-hashes --no-deps -r /tmp/requirements-build.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip wheel --no-deps --no-build-isolation --wheel-dir /dist .

FROM ${PYTHON_IMAGE}
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="forum-bot" \
      org.opencontainers.image.version="${VERSION}"
ENV PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    BOT_CORPUS_DIR=/app/corpus BOT_DATA_DIR=/app/data \
    BOT_HTTP_HOST=0.0.0.0 BOT_HTTP_PORT=8080
RUN useradd --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --uid 10001 forumbot
WORKDIR /app
COPY --from=dependencies /opt/venv /opt/venv
COPY --from=wheel /dist/ /tmp/dist/
RUN pip install --no-deps /tmp/dist/*.whl && rm -r /tmp/dist \
    && mkdir /app/data && chown forumbot:forumbot /app/data
COPY corpus ./corpus
USER 10001:10001
EXPOSE 8080
# `forum-bot health` reads BOT_HTTP_HOST/BOT_HTTP_PORT as the bot does; port 0 is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["forum-bot", "health", "--timeout", "4"]
CMD ["forum-bot", "run"]
