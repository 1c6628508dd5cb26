// the error names the operation
const r = Proxy.revocab