// Preloaded with `node -r`: reports on exit, to stderr, every npm package whose code the process loaded.
process.on("exit", () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (match) packages.add(match[1].replace("\\", "/"));
  }
  process.stderr.write(`packages: ${[...packages].sort().join(",")}\n`);
});
