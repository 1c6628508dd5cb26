// hostile: expect=error
[3, 1, 2].sort(function () { throw new Error("cmp"); });
