/** First focusable element of every page: jumps over the header and menu. */
export function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:shadow"
    >
      Aller au contenu
    </a>
  );
}
