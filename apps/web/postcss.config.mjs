/** Tailwind CSS 4 runs as a PostCSS plugin; Next picks this file up. */
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
