/** A rendered HTTP response. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
