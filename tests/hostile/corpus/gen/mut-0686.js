export isConcatSpeeadable
const al = { le~gth: 1, 0t x = 1;
