export declare function catchUpWithInvalidations(): Promise<void>;
export declare function provideCatchUp(catchUp: (() => Promise<void>) | undefined): void;
