// Mantine's PostCSS preset: rem(), light-dark(), and the mixins its CSS modules use.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
