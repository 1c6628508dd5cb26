// after reject, resolve is ignored
new Promise((res, rej) => { rej('r'); res('s'); }).then(v => print('no'), e => print('rejected', e)); // expect: rejected r
