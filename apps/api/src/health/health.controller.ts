import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

const DB_TIMEOUT_MS = 2000;

/** 200 `{"status":"ok"}` only while the database answers; 503 otherwise (load balancers and k8s read it). */
@Controller('health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DB_TIMEOUT_MS).unref()),
      ]);
      res.status(200).json({
        status: 'ok',
        database: 'up',
        latencyMs: Date.now() - started,
        uptimeSeconds: Math.round(process.uptime()),
      });
    } catch {
      res
        .status(503)
        .json({ status: 'unavailable', database: 'down', message: '데이터베이스에 연결할 수 없습니다.' });
    }
  }
}
