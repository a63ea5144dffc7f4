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
declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  class DoubleMetaphone {
    /** [primary, secondary] codes */
    process(token: string, maxLength?: number): [string, string];
  }
  export default DoubleMetaphone;
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    /** a string is tokenised and stop-worded by natural; an array of terms is taken as it is */
    addDocument(document: string | string[], key?: string): void;
    idf(term: string, force?: boolean): number;
    tfidf(terms: string | string[], documentIndex: number): number;
    listTerms(documentIndex: number): Array<{ term: string; tf: number; idf: number; tfidf: number }>;
  }
  export default TfIdf;
}
