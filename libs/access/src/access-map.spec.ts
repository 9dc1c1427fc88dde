import { FieldAccess, Operation, canReadField, canRun, personalFields, rolesFor } from './access-map';
import { GRANTS, Permission, can } from './permissions';
import { maskPersonalData } from './personal-data';
import { ALL_ROLES, Role, knownRoles } from './roles';

describe('the permission map', () => {
  it('refuses an operation that is not in the map, for every role', () => {
    expect(canRun(ALL_ROLES, 'dropEverything')).toBe(false);
    expect(canRun(ALL_ROLES, 'toString')).toBe(false);
    expect(canRun(ALL_ROLES, '__proto__')).toBe(false);
  });

  it('grants operations by permission', () => {
    expect(canRun([Role.TenantAdmin], 'createDepartment')).toBe(true);
    expect(canRun([Role.Manager], 'createDepartment')).toBe(false);
    expect(canRun([Role.MinistryAnalyst], 'departments')).toBe(false);
    expect(canRun(['offline_access'], 'me')).toBe(false);
  });

  it('lists the roles that may run an operation', () => {
    expect(rolesFor('createDepartment')).toEqual([Role.TenantAdmin, Role.Integrator]);
    expect(rolesFor('accessLog')).toEqual([Role.TenantAdmin]);
  });

  it('checks only fields with a read rule', () => {
    expect(canReadField([Role.Agent], 'Staff.keycloakSubject')).toBe(false);
    expect(canReadField([Role.TenantAdmin], 'Staff.keycloakSubject')).toBe(true);
    expect(canReadField([Role.Agent], 'Staff.name')).toBe(true);
    expect(canReadField([Role.Agent], 'Staff.phone')).toBe(true);
  });

  it('names only permissions that exist and grants only known roles', () => {
    const permissions = Object.values(Permission) as string[];
    for (const p of Object.values(Operation)) expect(permissions).toContain(p);
    for (const rule of Object.values(FieldAccess) as { read?: string; personal?: { unmaskedBy: string } }[])
      for (const p of [rule.read, rule.personal?.unmaskedBy].filter(Boolean))
        expect(permissions).toContain(p);
    for (const roles of Object.values(GRANTS)) expect(knownRoles(roles)).toEqual([...roles]);
  });

  it('lists the personal fields of a type', () => {
    expect(Object.keys(personalFields('Staff')).sort()).toEqual(['email', 'phone']);
    expect(personalFields('Department')).toEqual({});
  });
});

describe('maskPersonalData', () => {
  const staff = { id: 's1', name: '홍길동', phone: '010-1234-4211', email: 'hong@example.com' };

  it('masks staff contacts for an agent and keeps everything else', () => {
    expect(can([Role.Agent], Permission.StaffContactRead)).toBe(false);
    expect(maskPersonalData('Staff', staff, [Role.Agent])).toEqual({
      id: 's1',
      name: '홍길동',
      phone: '010-****-4211',
      email: 'h***@example.com',
    });
    expect(staff.phone).toBe('010-1234-4211'); // the input is not changed
  });

  it.each([Role.Manager, Role.TenantAdmin])('shows them whole to %s', (role) => {
    expect(maskPersonalData('Staff', staff, [role])).toEqual(staff);
  });

  it('keeps null values null', () => {
    expect(maskPersonalData('Staff', { ...staff, phone: null }, [Role.Agent]).phone).toBeNull();
  });
});
