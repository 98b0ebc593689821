// The authenticated member on the request context: `c.get('member')` after authenticate().

/** Who is calling and what they may do; set by authenticate(), read by requireRight() and handlers. */
export interface RequestMember {
  id: string;
  rights: string[];
}

declare module 'hono' {
  interface ContextVariableMap {
    member: RequestMember;
  }
}
