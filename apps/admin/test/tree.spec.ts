import {
  ancestorsOf,
  branchIds,
  buildDepartmentTree,
  filterTree,
  subtreeIds,
  type FlatDepartment,
} from '../src/departments/tree';

const d = (id: string, name: string, parentId: string | null, sortOrder = 0): FlatDepartment => ({
  id,
  name,
  code: `C${id}`,
  parentId,
  sortOrder,
});

describe('department tree', () => {
  const flat = [
    d('3', '기획팀', '2', 1),
    d('2', '기획담당관', '1', 1),
    d('1', '기획조정실', null, 1),
    d('5', '행정자치국', null, 2),
    d('4', '예산담당관', '1', 2),
    d('6', '총무과', '5', 1),
  ];

  it('nests departments under their parents in sortOrder', () => {
    const tree = buildDepartmentTree(flat);
    expect(tree.map((n) => n.name)).toEqual(['기획조정실', '행정자치국']);
    expect(tree[0].children.map((n) => n.name)).toEqual(['기획담당관', '예산담당관']);
    expect(tree[0].children[0].children.map((n) => [n.name, n.depth])).toEqual([['기획팀', 2]]);
  });

  it('puts departments with an unknown parent at the top level and survives cycles', () => {
    const tree = buildDepartmentTree([d('a', '가', 'missing'), d('b', '나', 'c'), d('c', '다', 'b')]);
    const names = (ns: ReturnType<typeof buildDepartmentTree>): string[] =>
      ns.flatMap((n) => [n.name, ...names(n.children)]);
    expect(names(tree).sort()).toEqual(['가', '나', '다']);
  });

  it('lists ancestors from the top down', () => {
    expect(ancestorsOf('3', flat).map((x) => x.name)).toEqual(['기획조정실', '기획담당관']);
    expect(ancestorsOf('1', flat)).toEqual([]);
  });

  it('filters to matches and the path leading to them', () => {
    const tree = buildDepartmentTree(flat);
    const filtered = filterTree(tree, (x) => x.name.includes('총무'));
    expect(filtered.map((n) => n.name)).toEqual(['행정자치국']);
    expect(filtered[0].children.map((n) => n.name)).toEqual(['총무과']);
    expect(branchIds(filtered)).toEqual(['5']);
  });

  it('lists a department and everything below it as the places it cannot move to', () => {
    expect([...subtreeIds('1', flat)].sort()).toEqual(['1', '2', '3', '4']);
    expect([...subtreeIds('3', flat)]).toEqual(['3']);
  });
});
