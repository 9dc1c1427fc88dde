import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden } from '../errors/app-errors';
import { RequestContexts } from '../context/request-context';
import { ROLES_KEY } from './roles.decorator';
import type { Role } from './roles';

/** Checks every GraphQL operation's `@Roles` against the verified token's realm roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // HTTP routes are public or guarded by middleware
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const roles = RequestContexts.current()?.principal.roles ?? [];
    if (!allowed || !allowed.some((role) => roles.includes(role))) throw forbidden();
    return true;
  }
}
