#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium, never a downloaded browser. If it is missing:
// as root with apt, install it; otherwise stop with a one-line instruction.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
let apt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  apt = true;
} catch {
  // no apt-get here: say so below
}
if (!root || !apt) {
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`);
  process.exit(1);
}
console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/sh' });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
