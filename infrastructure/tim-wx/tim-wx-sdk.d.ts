declare module 'tim-wx-sdk' {
  const TIM: {
    create(options: Record<string, unknown>): unknown;
    readonly EVENT: Readonly<Record<string, string>>;
    readonly TYPES: Readonly<Record<string, string | number>>;
    readonly VERSION: string;
  };
  export = TIM;
}
