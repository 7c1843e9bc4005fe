export declare const RENDER_WAIT_MS: number;
export declare function beginRender(startedAt: number): () => void;
export declare function rendersBegunBy(time: number): Promise<void>;
