import { got } from "./fixtures/fa_only.mjs"; print(got.join()); // expect: 1,2
