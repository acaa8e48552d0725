import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/companies.js';
import { uploadLimitsSchema, uploadSchema } from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { invalid } from '../http/errors.js';
import type { App } from '../http/types.js';
import { presentAttachment } from './attachment.presenter.js';
import { isInlineImage } from './content-type.js';
import { discardUpload, findDownloadableAttachment, saveUpload } from './uploads.service.js';

export function registerUploadRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/uploads/limits',
    {
      schema: {
        tags: ['attachments'],
        summary: 'How big a file and how many files a message may have',
        response: { 200: uploadLimitsSchema },
      },
    },
    async (request) => {
      requireActor(request);
      return {
        maxFileBytes: deps.config.uploads.maxFileBytes,
        maxFiles: deps.config.uploads.maxFiles,
      };
    },
  );

  app.post(
    '/api/uploads',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Upload one file (multipart field "file"); link it to a ticket or reply by its id',
        consumes: ['multipart/form-data'],
        response: { 201: uploadSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await request.file({
        limits: { fileSize: deps.config.uploads.maxFileBytes, files: 1, fields: 0 },
      });
      if (!file) throw invalid('file', 'required');
      const row = await saveUpload(deps.db, deps.storage, actor, {
        fileName: file.filename,
        stream: file.file,
        // Multipart cuts a file at the size limit and only marks it truncated.
        isComplete: () => !file.file.truncated,
        maxBytes: deps.config.uploads.maxFileBytes,
      });
      return reply.status(201).send(presentAttachment(row));
    },
  );

  app.delete(
    '/api/uploads/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Remove an upload that no message uses yet',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await discardUpload(deps.db, deps.storage, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Download an attachment (?inline=1 shows an image in place)',
        params: idParamsSchema,
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const attachment = await findDownloadableAttachment(
        deps.db,
        requireActor(request),
        request.params.id,
      );
      const inline = request.query.inline === '1' && isInlineImage(attachment.contentType);
      const encodedName = encodeURIComponent(attachment.fileName);
      return reply
        .header('content-type', inline ? attachment.contentType : 'application/octet-stream')
        .header('content-length', attachment.sizeBytes)
        .header(
          'content-disposition',
          `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodedName}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, max-age=3600')
        .send(deps.storage.open(attachment.storageKey));
    },
  );
}
