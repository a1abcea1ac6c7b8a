// The two number-writing libraries the property test checks against ship no types.
declare module '@develoka/angka-terbilang-js' {
  export default function angkaTerbilang(n: number | string): string;
}
declare module 'number-to-words' {
  export function toWords(n: number | string): string;
}
