// Types for the natural sub-modules we import. Its package root is never imported: it loads
// .env from the working directory and prints to stdout.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porter: { stem(word: string): string };
  export default porter;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function jaroWinkler(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export default jaroWinkler;
}
