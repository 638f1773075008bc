# Image de production de Sillage : l'application Next.js construite, sans base embarquée
# (DATABASE_URL désigne le PostgreSQL du déploiement, voir docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app /app
EXPOSE 3000
# Applies pending migrations, then starts Next.js (no demo data unless SILLAGE_SEED_DEMO=oui).
CMD ["npm", "start"]
