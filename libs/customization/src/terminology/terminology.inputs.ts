import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: '용어 하나의 시·도 값: 표준과 같은 언어는 저장하지 않습니다' })
export class TermInput {
  @Field({ description: '용어 키 (terminologyCatalog 의 key)' })
  @IsString()
  @MaxLength(100)
  key!: string;

  @Field({ description: '한국어 (1~40자)' })
  @IsString()
  @MaxLength(200)
  ko!: string;

  @Field({ description: 'English (1–40 characters)' })
  @IsString()
  @MaxLength(200)
  en!: string;
}
