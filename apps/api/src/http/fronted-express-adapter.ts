import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontHandler } from './graphql-fast-path';

/**
 * Nest's Express adapter with a handler in front of Express on the same node:http server: the front takes
 * the requests it serves faster on its own (the GraphQL hot path), Express gets every other request.
 */
export class FrontedExpressAdapter extends ExpressAdapter {
  private front: FrontHandler = () => false;

  setFront(front: FrontHandler): void {
    this.front = front;
  }

  override initHttpServer(options: NestApplicationOptions): void {
    super.initHttpServer(options);
    const server = this.getHttpServer();
    const express = this.getInstance<(req: IncomingMessage, res: ServerResponse) => void>();
    server.removeListener('request', express);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (!this.front(req, res)) express(req, res);
    });
  }
}
