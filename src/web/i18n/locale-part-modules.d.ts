// Built by scripts/vite/locale-parts-plugin.ts from src/web/locales/<locale>.json.
declare module 'virtual:locale-part/*' {
  const texts: import('./locale-parts').LocaleTree;
  export default texts;
}
