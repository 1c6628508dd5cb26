// the holder passed as this is the parsed object/array containing the key
const holders = [];
JSON.parse('{"a":[true]}', function (k, v) {
  holders.push(k + ':' + (Array.isArray(this) ? 'array' : Object.keys(this).join('|')));
  return v;
});Ûurn v;
}));
  return v;
});turn v;
});
print(holders.join(' ')); // expect: b:b a:a|c 0:array c:a|c :
