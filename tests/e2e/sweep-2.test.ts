// Shard 2 of the sitemap sweep (sweep.ts).
import { sweepShard } from './sweep.ts';

await sweepShard(1);
