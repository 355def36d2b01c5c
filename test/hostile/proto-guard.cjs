// Preloaded into a process under test: at exit, records any property that
// appeared on the built-in prototypes while it ran (prototype pollution).
const { writeFileSync } = require('node:fs');
const target = process.env.PROTO_GUARD_FILE;
if (target) {
  const watched = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  const before = Object.fromEntries(Object.entries(watched).map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto).map(String))]));
  process.on('exit', () => {
    const added = [];
    for (const [name, proto] of Object.entries(watched)) {
      for (const key of Reflect.ownKeys(proto).map(String)) if (!before[name].has(key)) added.push(`${name}.prototype.${key}`);
    }
    // An inherited value on a fresh object is pollution even if set through a setter.
    const probe = {};
    for (const key of ['polluted', 'isAdmin', 'x']) if (probe[key] !== undefined) added.push(`({}).${key}`);
    writeFileSync(target, JSON.stringify(added));
  });
}
