/** The files the page opens with: a small web application, an override and a `.env`. */
export const sampleFiles: Readonly<Record<string, string>> = {
  'compose.yaml': `# Edit me: the template on the right follows as you type.
name: webapp
services:
  frontend:
    image: \${REGISTRY:-docker.io}/acme/frontend:\${TAG:-latest}
    ports:
      - "80:8080"
    depends_on:
      api:
        condition: service_healthy
    deploy:
      resources:
        limits:
          cpus: "0.5"
          memory: 512M
  api:
    image: \${REGISTRY:-docker.io}/acme/api:\${TAG:-latest}
    environment:
      LOG_LEVEL: \${LOG_LEVEL:-info}
    expose:
      - "3000"
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:3000/health"]
      interval: 30s
    deploy:
      replicas: 2
`,
  'compose.override.yaml': `services:
  api:
    environment:
      LOG_LEVEL: debug
`,
  '.env': 'TAG=1.4.2\n',
}
