# lienthong image: Node 24 runs the TypeScript sources directly (type stripping), as a non-root user.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; the pinned `node` devDependency is not needed on a Node 24 image.
RUN npm ci --omit=dev && npm cache clean --force

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json lienthong.config.ts ./
COPY bin ./bin
COPY contracts ./contracts
COPY mappings ./mappings
COPY connectors ./connectors
COPY gateway ./gateway
COPY ops ./ops
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/lienthong.js"]
CMD ["start"]
