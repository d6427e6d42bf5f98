export interface Analyst {
  id: string;
  slug: string;
  name: string;
  affiliation: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
