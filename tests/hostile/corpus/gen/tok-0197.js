globalThis.innerThisprototype = String(this);
