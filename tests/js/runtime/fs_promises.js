// fs.promises (also require('fs/promises')): the same operations as
// promises; system errors and argument errors reject.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
print(fsp === fs.promises, typeof fsp.readFile, fsp.constants === fs.constants);   // expect: true function true
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'tierlab-fs-p-'));
const rel = (s) => String(s).split(tmp).join('<tmp>');
const f = path.join(tmp, 'data.json');

main();
function main() {
  const p = fsp.writeFile(f, JSON.stringify({ n: 1, s: 'é' }));
  print(p instanceof Promise);   // expect: true
  print('sync code ends first');   // expect: sync code ends first
  p.then((v) => {
    print('written', v);   // expect: written undefined
    return fsp.readFile(f, 'utf8');
  }).then((text) => {
    print('read', JSON.parse(text).s);   // expect: read é
    return Promise.all([fsp.stat(f), fsp.readdir(tmp), fsp.access(f)]);
  }).then(([st, names, accessed]) => {
    print('all', st.isFile(), st.size, JSON.stringify(names), accessed);   // expect: all true 16 ["data.json"] undefined
    return fsp.mkdir(path.join(tmp, 'd'));
  }).then((made) => {
    print('made', made);   // expect: made undefined
    return fsp.appendFile(f, '\n');
  }).then((v) => {
    print('appended', v, fs.statSync(f).size);   // expect: appended undefined 17
    return fsp.readFile(path.join(tmp, 'missing.txt'), 'utf8');
  }).then(() => print('not reached'), (err) => {
    print('rejected', err.code, err.errno, err.syscall, rel(err.path), rel(err.message));
    // expect: rejected ENOENT -2 open <tmp>/missing.txt ENOENT: no such file or directory, open '<tmp>/missing.txt'
    return fsp.readFile(tmp);
  }).then(() => print('not reached'), (err) => {
    print('rejected', err.code, err.syscall, err.path);   // expect: rejected EISDIR read undefined
    // an argument error rejects too (no throw)
    let p2;
    try { p2 = fsp.readFile(5); } catch (e) { print('threw', e.code); }
    return p2;
  }).then(() => print('not reached'), (err) => {
    print('rejected', err.name, err.code, err.message);
    // expect: rejected TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)
    return fsp.rename(f, path.join(tmp, 'd', 'moved.json'));
  }).then(() => fsp.readdir(path.join(tmp, 'd'), { withFileTypes: true }))
    .then((ents) => {
      print('moved', ents.length, ents[0].name, ents[0].isFile());   // expect: moved 1 moved.json true
      return fsp.rm(tmp, { recursive: true });
    }).then(() => {
      print('removed', fs.existsSync(tmp));   // expect: removed false
      return fsp.access(tmp);
    }).catch((err) => print('access', err.code, err.syscall));   // expect: access ENOENT access
}
