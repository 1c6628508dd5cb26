const r = [];
Int8Arra