/**
 * A per-request container (loaders, services) whose properties come in groups, each group built
 * the first time one of its properties is read, not when the container is made: a request uses
 * a few of ~85 loaders and ~40 services, and building them all cost ~0.25 ms per request
 * (issue 13).
 *
 * Groups are added in order; a group's factory gets the dependencies and the container so far,
 * so it may read properties of the groups before it (which are then built in turn). The first
 * container made builds every group at once to learn which properties each group has; later
 * containers are instances of a class with a getter per property.
 */
export interface LazyGroups<Deps, T extends object> {
  /** Adds a group built by `build(deps, container)` on first use of any of its properties. */
  add<G extends object>(build: (deps: Deps, container: T) => G): LazyGroups<Deps, T & G>;
  /** A new container: nothing is built until a property is read. */
  create(deps: Deps): T;
}

type Build<Deps> = (deps: Deps, container: object) => object;

export function lazyGroups<Deps>(): LazyGroups<Deps, object> {
  return builder<Deps, object>([]);
}

function builder<Deps, T extends object>(groups: readonly Build<Deps>[]): LazyGroups<Deps, T> {
  let Container: (new (deps: Deps) => T) | null = null;
  return {
    add: <G extends object>(build: (deps: Deps, container: T) => G) => builder<Deps, T & G>([...groups, build as unknown as Build<Deps>]),
    create(deps) {
      if (Container) return new Container(deps);
      // The first one: build every group in order to learn their properties, then hand them to a container.
      const eager = {};
      const built = groups.map((build) => {
        const group = build(deps, eager);
        Object.assign(eager, group);
        return group;
      });
      Container = containerClass(groups, built.map((group) => Object.keys(group))) as new (deps: Deps) => T;
      const first = new Container(deps);
      (first as unknown as Built).built.splice(0, built.length, ...built as Record<string, unknown>[]);
      return first;
    },
  };
}

interface Built { built: (Record<string, unknown> | undefined)[] }

/**
 * The values of the properties built so far in a container (e.g. to clear every loader that
 * holds something); `Object.values` sees none of them, since they are getters.
 */
export function builtValues(container: object): unknown[] {
  return (container as Built).built.flatMap((group) => (group ? Object.values(group) : []));
}

function containerClass<Deps>(groups: readonly Build<Deps>[], keys: readonly string[][]): new (deps: Deps) => object {
  class Container {
    readonly built: (Record<string, unknown> | undefined)[] = new Array<undefined>(groups.length);
    constructor(readonly deps: Deps) {}
  }
  const owner = new Map<string, number>();
  keys.forEach((names, index) => {
    const build = groups[index];
    if (!build) throw new Error('lazyGroups: property names for a group that does not exist');
    for (const name of names) {
      if (owner.has(name) || name === 'built' || name === 'deps') throw new Error(`lazyGroups: property ${name} is defined twice`);
      owner.set(name, index);
      Object.defineProperty(Container.prototype, name, {
        enumerable: true,
        get(this: Container) {
          const group = this.built[index] ??= build(this.deps, this) as Record<string, unknown>;
          return group[name];
        },
      });
    }
  });
  return Container;
}
