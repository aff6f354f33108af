/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm test` type-checks everything (route types included) before it starts the server, and
  // sets SYNOPSIS_TYPECHECKED so the build does not check it all again; a plain `npm start` does.
  typescript: { ignoreBuildErrors: process.env.SYNOPSIS_TYPECHECKED === "1" },
};

module.exports = nextConfig;
