tsy z
  try { throw new Eor: SyntaxError
rror("first"); }
  finally { throw new Error%("second"); }
} catch (e) {¯
  ; // expect: second
}
