// fs sync forms: a round trip in a temporary directory, encodings, stat,
// readdir, mkdir -p, rename, rm; errors shaped like node's.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'tierlab-fs-sync-'));
const rel = (s) => String(s).split(tmp).join('<tmp>');
function show(f) {
  try { const v = f(); print('ok', v === undefined ? 'undefined' : JSON.stringify(v)); }
  catch (e) {
    print(e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.message));
    print(Object.keys(e).join());
  }
}
print(path.basename(tmp).startsWith('tierlab-fs-sync-'), path.basename(tmp).length, fs.statSync(tmp).isDirectory());
// expect: true 22 true

const f = path.join(tmp, 'a.txt');
print(fs.writeFileSync(f, 'héllo wörld ✓\n'));                  // expect: undefined
print(fs.readFileSync(f, 'utf8'), fs.readFileSync(f, { encoding: 'utf-8' }) === fs.readFileSync(f, 'UTF8'));
// expect: héllo wörld ✓
// expect:  true
fs.appendFileSync(f, 'second line\n');
print(JSON.stringify(fs.readFileSync(f, 'utf8')));               // expect: "héllo wörld ✓\nsecond line\n"
// without an encoding node returns a Buffer, tierlab a string: String() of either is the text
print(String(fs.readFileSync(f)) === fs.readFileSync(f, 'utf8'));  // expect: true

const st = fs.statSync(f);
print(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), (st.mode & 0o170000) === 0o100000);
// expect: 30 true false false true
print(typeof st.mtimeMs, st.mtime instanceof Date, Math.abs(st.mtime.getTime() - st.mtimeMs) < 1, st.constructor.name);
// expect: number true true Stats
print(Object.keys(st).join());
// expect: dev,mode,nlink,uid,gid,rdev,blksize,ino,size,blocks,atimeMs,mtimeMs,ctimeMs,birthtimeMs,atime,mtime,ctime,birthtime

// encodings
const b = path.join(tmp, 'b.bin');
fs.writeFileSync(b, '68656c6c6f', 'hex');
print(fs.readFileSync(b, 'latin1'), fs.readFileSync(b, 'hex'), fs.readFileSync(b, 'base64'), fs.readFileSync(b, 'base64url'));
// expect: hello 68656c6c6f aGVsbG8= aGVsbG8
fs.writeFileSync(b, '\xff\xfe\x80A', 'latin1');
const codes = (s) => Array.from(s, (c) => c.charCodeAt(0)).join();
print(codes(fs.readFileSync(b, 'utf8')), fs.readFileSync(b, 'hex'), codes(fs.readFileSync(b, 'ascii')));
// expect: 65533,65533,65533,65 fffe8041 127,126,0,65
fs.writeFileSync(b, 'aGk=', { encoding: 'base64' });
print(fs.readFileSync(b, 'utf8'), fs.readFileSync(b, 'ucs2').length);   // expect: hi 1
fs.writeFileSync(b, 'ab\ud800c');   // a lone surrogate is written as U+FFFD
print(fs.readFileSync(b, 'hex'));   // expect: 6162efbfbd63
fs.writeFileSync(b, 'x', { flag: 'a' });
print(fs.readFileSync(b, 'latin1').length);   // expect: 7

// readdir: names in byte order; with file types
fs.mkdirSync(path.join(tmp, 'sub'));
fs.writeFileSync(path.join(tmp, 'Z.txt'), '');
print(JSON.stringify(fs.readdirSync(tmp)));   // expect: ["Z.txt","a.txt","b.bin","sub"]
const ents = fs.readdirSync(tmp, { withFileTypes: true });
print(ents.map((d) => d.name + ':' + (d.isDirectory() ? 'dir' : d.isFile() ? 'file' : '?')).join(' '));
// expect: Z.txt:file a.txt:file b.bin:file sub:dir
print(ents[0].constructor.name, ents[0].parentPath === tmp, ents[0].path === tmp);   // expect: Dirent true true

// mkdir -p returns the first directory it made
print(rel(fs.mkdirSync(path.join(tmp, 'p', 'q', 'r'), { recursive: true })));   // expect: <tmp>/p
print(fs.mkdirSync(path.join(tmp, 'p', 'q'), { recursive: true }));             // expect: undefined
print(fs.existsSync(path.join(tmp, 'p', 'q', 'r')), fs.existsSync(path.join(tmp, 'nope')), fs.existsSync(5), fs.existsSync());
// expect: true false false false

// rename, unlink, rmdir, rm
fs.renameSync(path.join(tmp, 'Z.txt'), path.join(tmp, 'sub', 'moved.txt'));
print(JSON.stringify(fs.readdirSync(path.join(tmp, 'sub'))));   // expect: ["moved.txt"]
fs.unlinkSync(path.join(tmp, 'sub', 'moved.txt'));
fs.rmdirSync(path.join(tmp, 'sub'));
fs.accessSync(f);
fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
print(fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK);   // expect: 0 4 2 1

// errors
show(() => fs.readFileSync(path.join(tmp, 'nope.txt'), 'utf8'));
// expect: Error ENOENT -2 open <tmp>/nope.txt ENOENT: no such file or directory, open '<tmp>/nope.txt'
// expect: errno,code,syscall,path
show(() => fs.readFileSync(tmp, 'utf8'));
// expect: Error EISDIR -21 read undefined EISDIR: illegal operation on a directory, read
// expect: errno,code,syscall
show(() => fs.readdirSync(f));
// expect: Error ENOTDIR -20 scandir <tmp>/a.txt ENOTDIR: not a directory, scandir '<tmp>/a.txt'
// expect: errno,code,syscall,path
show(() => fs.statSync(path.join(tmp, 'nope')));
// expect: Error ENOENT -2 stat <tmp>/nope ENOENT: no such file or directory, stat '<tmp>/nope'
// expect: errno,code,syscall,path
show(() => fs.mkdirSync(path.join(tmp, 'p')));
// expect: Error EEXIST -17 mkdir <tmp>/p EEXIST: file already exists, mkdir '<tmp>/p'
// expect: errno,code,syscall,path
show(() => fs.writeFileSync(path.join(tmp, 'no', 'dir.txt'), 'x'));
// expect: Error ENOENT -2 open <tmp>/no/dir.txt ENOENT: no such file or directory, open '<tmp>/no/dir.txt'
// expect: errno,code,syscall,path
show(() => fs.rmdirSync(path.join(tmp, 'p')));
// expect: Error ENOTEMPTY -39 rmdir <tmp>/p ENOTEMPTY: directory not empty, rmdir '<tmp>/p'
// expect: errno,code,syscall,path
show(() => fs.renameSync(path.join(tmp, 'nope'), path.join(tmp, 'x')));
// expect: Error ENOENT -2 rename <tmp>/nope ENOENT: no such file or directory, rename '<tmp>/nope' -> '<tmp>/x'
// expect: errno,code,syscall,path,dest
show(() => fs.rmSync(path.join(tmp, 'p')));
// expect: SystemError ERR_FS_EISDIR 21 rm <tmp>/p Path is a directory: rm returned EISDIR (is a directory) <tmp>/p
// expect: code,info,errno,syscall,path
show(() => fs.rmSync(path.join(tmp, 'nope')));
// expect: Error ENOENT -2 lstat <tmp>/nope ENOENT: no such file or directory, lstat '<tmp>/nope'
// expect: errno,code,syscall,path
show(() => fs.rmSync(path.join(tmp, 'nope'), { force: true }));   // expect: ok undefined
show(() => fs.accessSync(path.join(tmp, 'nope')));
// expect: Error ENOENT -2 access <tmp>/nope ENOENT: no such file or directory, access '<tmp>/nope'
// expect: errno,code,syscall,path

// the error's stack has frames (a sync error is thrown where the call is)
try { fs.statSync(path.join(tmp, 'nope')); } catch (e) { print(/\n    at /.test(e.stack), e instanceof Error); }
// expect: true true

fs.rmSync(tmp, { recursive: true });
print(fs.existsSync(tmp));   // expect: false
